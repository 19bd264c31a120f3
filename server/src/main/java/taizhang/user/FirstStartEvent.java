package taizhang.user;

import taizhang.org.Organisation;

/** Published once, when an empty database has just received its organisation tree and administrator. */
public record FirstStartEvent(Organisation root, boolean demo) {}
