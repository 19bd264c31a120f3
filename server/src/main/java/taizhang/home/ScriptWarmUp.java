package taizhang.home;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the script-conversion dictionaries once the server is up, in the background: the first
 * conversion otherwise takes seconds, and the first reader to switch script or search would wait
 * (the ledger's keyword search converts with the same HanLP dictionaries).
 */
@Component
class ScriptWarmUp {

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(
                () -> {
                    Script.HANT.display("台账");
                    Script.HANS.display("臺賬");
                },
                "script-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
