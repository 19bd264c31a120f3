package taizhang.user;

/**
 * What a user sets for themselves: the address the system mails (none: no mail) and whether they
 * want notices by mail at all (the inbox gets them either way).
 */
public record UserSettings(String email, boolean emailNotifications) {}
