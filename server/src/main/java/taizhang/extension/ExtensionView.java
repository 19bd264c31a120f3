package taizhang.extension;

/** A request as lists show it: with its measure's 编号 and title and the asking unit's name. */
public record ExtensionView(ExtensionRequest request, String measureCode, String measureTitle, String unit) {}
