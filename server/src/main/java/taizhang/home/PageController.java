package taizhang.home;

/**
 * Marks the controllers that render workbench pages: they get the page frame (who is signed
 * in, the navigation, the script) in their model, and their errors render as pages or htmx
 * fragments instead of problem details.
 */
public interface PageController {}
