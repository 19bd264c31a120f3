package taizhang.notify;

/** 我的设置: where notices are mailed and whether to; {@code mailConfigured} when a mail server is set up. */
public record SettingsPage(String email, boolean emailNotifications, boolean mailConfigured) {}
