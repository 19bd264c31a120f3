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
}
