package taizhang.admin;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.RuleViolationException;

/**
 * Runs one of the administrator's actions and goes back to the page it came from, with the
 * confirmation, or with the reason it was refused (nothing was changed then), as a flash message.
 */
final class Outcome {

    private Outcome() {}

    static String of(RedirectAttributes redirect, String back, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("message", action.get());
        } catch (InvalidRequestException | RuleViolationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    /**
     * As {@link #of}, for a page of several parts: the message is shown in the part acted on
     * ({@code part}, the id of its section), and the browser comes back scrolled to it.
     */
    static String at(RedirectAttributes redirect, String back, String part, Supplier<String> action) {
        redirect.addFlashAttribute("at", part);
        return of(redirect, back + "#" + part, action);
    }

    /** {@code text} when it belongs to the part {@code part} (null: to none, shown at the top), else null. */
    static String in(String part, String at, String text) {
        return java.util.Objects.equals(part, at) ? text : null;
    }
}
