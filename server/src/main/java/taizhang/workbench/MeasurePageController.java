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
    private final MeasureEditPanels editPanels;

    MeasurePageController(MeasurePages pages, MeasureEditPanels editPanels) {
        this.pages = pages;
        this.editPanels = editPanels;
    }

    /** The page; a change made from it left {@code message} and {@code messageAt} (flash attributes) for it. */
    @GetMapping("/measures/{id}")
    String measure(CurrentUser user, @PathVariable long id, Model model) {
        MeasurePage page = pages.page(user, id);
        model.addAttribute("page", page);
        model.addAttribute("edit", editPanels.panel(user, page.measure()));
        return "workbench/measure";
    }
}
