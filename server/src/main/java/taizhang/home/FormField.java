package taizhang.home;

/** One field of a form, posted again as it came (the no-script confirmation page, {@link NoScriptForms}). */
public record FormField(String name, String value) {}
