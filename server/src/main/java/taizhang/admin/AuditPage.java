package taizhang.admin;

import java.util.List;
import taizhang.audit.AuditEvent;
import taizhang.audit.ChainVerification;

/**
 * 审计记录: the newest events, or one object's history, and the chain's check when asked for
 * ({@code verification} null otherwise).
 */
public record AuditPage(
        List<AuditEvent> events, String objectType, Long objectId, ChainVerification verification, int limit) {}
