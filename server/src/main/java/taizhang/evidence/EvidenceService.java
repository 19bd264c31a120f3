package taizhang.evidence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Sha256;

/**
 * Evidence files: taken from the units that carry a measure and from the office that owns it,
 * shown to whoever may see the measure. Every upload is in the audit trail with its hash.
 */
@Service
public class EvidenceService {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final String ACCEPT = ".pdf,.docx,.doc,.xlsx,.xls,.jpg,.jpeg,.png";

    private final EvidenceRepository files;
    private final MeasureService measures;
    private final ProgressService reports;
    private final AuditTrail audit;

    EvidenceService(EvidenceRepository files, MeasureService measures, ProgressService reports, AuditTrail audit) {
        this.files = files;
        this.measures = measures;
        this.reports = reports;
        this.audit = audit;
    }

    /** A file as it was uploaded. */
    public record Upload(String fileName, byte[] bytes) {

        public boolean isEmpty() {
            return bytes == null || bytes.length == 0;
        }
    }

    /** A file to download. */
    public record Download(EvidenceFile file, byte[] content) {}

    @Transactional
    public EvidenceFile upload(CurrentUser user, long measureId, Long reportId, Upload upload) {
        Measure measure = mayAttach(user, measureId);
        if (reportId != null && reports.get(user, reportId).measureId() != measure.id()) {
            throw new InvalidRequestException("reportId", "进展报告 " + reportId + " 不属于这项措施");
        }
        if (reportId != null) {
            reports.requireUnlocked(user, reportId);
        }
        String name = cleanName(upload.fileName());
        FileKind kind = check(name, upload);
        String sha256 = Sha256.hex(upload.bytes());
        long id = files.insert(measureId, reportId, name, kind, upload.bytes(), sha256, user.username());
        EvidenceFile stored = files.find(id).orElseThrow();
        audit.record(
                user.username(),
                "evidence.upload",
                "measure",
                measureId,
                null,
                Map.of("file", id, "name", name, "size", stored.size(), "sha256", sha256));
        return stored;
    }

    public List<EvidenceFile> forMeasure(CurrentUser user, long measureId) {
        measures.get(user, measureId);
        return files.forMeasure(measureId);
    }

    /**
     * The files of measures the reader has just been shown by a list that checked their
     * visibility (a ledger list, the review queue), by measure id: one query for a whole page
     * instead of a check and a query per row.
     */
    public Map<Long, List<EvidenceFile>> forListedMeasures(Collection<Long> ids) {
        return files.forMeasures(ids).stream()
                .collect(Collectors.groupingBy(EvidenceFile::measureId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The file, if its measure is visible to the user; otherwise it does not exist for them. */
    public Download download(CurrentUser user, long id) {
        EvidenceFile file = files.find(id).orElseThrow(() -> NotFoundException.of("佐证材料", id));
        try {
            measures.get(user, file.measureId());
        } catch (NotFoundException hidden) {
            throw NotFoundException.of("佐证材料", id);
        }
        return new Download(file, files.content(id));
    }

    /** The measure, if the user's unit carries it or the user's office owns its campaign, and it is not closed. */
    private Measure mayAttach(CurrentUser user, long measureId) {
        Measure measure = measures.get(user, measureId);
        measures.rights(user, measure).requireAttach();
        return measure;
    }

    static FileKind check(String name, Upload upload) {
        if (upload.isEmpty()) {
            throw new InvalidRequestException("file", "请选择要上传的文件（文件不能为空）");
        }
        if (upload.bytes().length > MAX_BYTES) {
            throw new InvalidRequestException("file", "文件超过 20 MB 上限：" + name);
        }
        FileKind kind = FileKind.byName(name)
                .orElseThrow(() -> new InvalidRequestException(
                        "file", "只接受 PDF、Word（docx、doc）、Excel（xlsx、xls）、JPG 和 PNG 文件：" + name));
        if (!kind.matches(upload.bytes())) {
            throw new InvalidRequestException("file", "文件内容与扩展名不符，不是有效的 " + kind.name() + " 文件：" + name);
        }
        return kind;
    }

    /** The last path segment, without control characters, at most 200 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            throw new InvalidRequestException("file", "文件名不能为空");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
