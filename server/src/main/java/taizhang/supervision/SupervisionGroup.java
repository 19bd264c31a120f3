package taizhang.supervision;

import java.util.List;

/** 督导组: a named group formed by an office (a leader's 督导组), whose members act for it. */
public record SupervisionGroup(long id, String name, String leader, long ownerOrgId, List<Long> memberIds) {}
