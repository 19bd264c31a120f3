package taizhang.notice;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import taizhang.home.Script;
import taizhang.report.Download;
import taizhang.report.NoticeDocx;
import taizhang.report.ProgressNotice;
import taizhang.shared.CurrentUser;

/** A notice's downloads for the page and the API alike: the notice and its 简报 as Word, in one script. */
@Component
class NoticeFiles {

    private final NoticeService notices;

    NoticeFiles(NoticeService notices) {
        this.notices = notices;
    }

    ResponseEntity<byte[]> notice(CurrentUser user, Notice notice, boolean open, Script script) {
        ProgressNotice document = notices.document(user, notice, open);
        String name = script.display(document.title() + (open ? "（公开版）" : "") + "_" + stamp(notice));
        return ResponseEntity.ok()
                .headers(Download.docx(name, "notice-" + notice.id() + suffix(script))
                        .headers())
                .body(NoticeDocx.write(document, script::display));
    }

    ResponseEntity<byte[]> brief(CurrentUser user, Notice notice, Script script) {
        Brief brief = notices.brief(user, notice);
        return ResponseEntity.ok()
                .headers(Download.docx(
                                script.display(brief.title() + "_" + stamp(notice)),
                                "brief-" + notice.id() + suffix(script))
                        .headers())
                .body(BriefDocx.write(brief, script::display));
    }

    private static String stamp(Notice notice) {
        return notice.number() != null ? notice.number() : notice.asOf().toString();
    }

    private static String suffix(Script script) {
        return script == Script.HANT ? "-hant" : "";
    }
}
