package taizhang.workbench;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import taizhang.home.PageController;
import taizhang.shared.CurrentUser;

@Controller
class MeasurePageController implements PageController {

    private final MeasurePages pages;

    MeasurePageController(MeasurePages pages) {
        this.pages = pages;
    }

    @GetMapping("/measures/{id}")
    String measure(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("page", pages.page(user, id));
        return "workbench/measure";
    }
}
