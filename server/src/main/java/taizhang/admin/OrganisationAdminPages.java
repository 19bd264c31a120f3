package taizhang.admin;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import taizhang.home.PageController;
import taizhang.org.OrgAliases;
import taizhang.org.OrgImportRejectedException;
import taizhang.org.OrgImports;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;

/** 单位管理: the tree, a node's page, and the Excel import. */
@Controller
class OrganisationAdminPages implements PageController {

    private final OrgService organisations;
    private final OrgImports imports;
    private final OrgAliases aliases;

    OrganisationAdminPages(OrgService organisations, OrgImports imports, OrgAliases aliases) {
        this.organisations = organisations;
        this.imports = imports;
        this.aliases = aliases;
    }

    @GetMapping("/admin/organisations")
    @SuppressWarnings("unchecked")
    String tree(CurrentUser user, Model model) {
        OrgService.requireAdmin(user);
        List<Organisation> visible = organisations.visibleTo(user);
        Set<Long> inactive = organisations.inactiveIds();
        int base = depth(user.organisationPath());
        model.addAttribute(
                "page",
                new OrganisationsPage(
                        visible.stream()
                                .map(o -> new OrganisationsPage.Node(
                                        o, depth(o.path()) - base, !inactive.contains(o.id())))
                                .toList(),
                        visible.stream().filter(o -> !inactive.contains(o.id())).toList(),
                        List.of(OrgKind.values()),
                        (List<String>) model.getAttribute("importErrors"),
                        (String) model.getAttribute("message"),
                        (String) model.getAttribute("error"),
                        (String) model.getAttribute("at")));
        return "admin/organisations";
    }

    @PostMapping("/admin/organisations")
    String create(
            CurrentUser user,
            @RequestParam long parentId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam OrgKind kind,
            @RequestParam(defaultValue = "") String adminCode,
            RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/organisations", "create", () -> {
            Organisation created = organisations.create(user, parentId, name, kind, adminCode);
            return "已新建单位“" + created.name() + "”";
        });
    }

    /** The whole sheet or nothing: a refused sheet comes back with every row's fault listed. */
    @PostMapping("/admin/organisations/import")
    String importSheet(CurrentUser user, @RequestParam MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try (var in = file.getInputStream()) {
            OrgImports.Result result = imports.importSheet(user, in);
            redirect.addFlashAttribute(
                    "message", "已导入：新建 " + result.created() + " 个单位，" + result.unchanged() + " 个已存在未改动");
        } catch (OrgImportRejectedException e) {
            redirect.addFlashAttribute("error", "表格有 " + e.rowErrors().size() + " 处错误，未导入任何单位");
            redirect.addFlashAttribute("importErrors", e.rowErrors());
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        redirect.addFlashAttribute("at", "import");
        return "redirect:/admin/organisations#import";
    }

    @GetMapping("/admin/organisations/{id}")
    String organisation(CurrentUser user, @PathVariable long id, Model model) {
        OrgService.requireAdmin(user);
        Organisation org = organisations.get(user, id);
        Set<Long> inactive = organisations.inactiveIds();
        String parent = org.parentId() == null
                ? null
                : organisations.find(org.parentId()).map(Organisation::name).orElse(null);
        model.addAttribute(
                "page",
                new OrganisationPage(
                        org,
                        parent,
                        !inactive.contains(id),
                        organisations.visibleTo(user).stream()
                                .filter(o -> !inactive.contains(o.id()) && !org.isAncestorOrSelfOf(o))
                                .toList(),
                        aliases.of(user, id),
                        (String) model.getAttribute("message"),
                        (String) model.getAttribute("error"),
                        (String) model.getAttribute("at")));
        return "admin/organisation";
    }

    @PostMapping("/admin/organisations/{id}/rename")
    String rename(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String adminCode,
            RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/organisations/" + id, "details", () -> {
            organisations.rename(user, id, name, adminCode);
            return "名称已保存";
        });
    }

    @PostMapping("/admin/organisations/{id}/move")
    String move(CurrentUser user, @PathVariable long id, @RequestParam long parentId, RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/organisations/" + id, "move", () -> {
            Organisation moved = organisations.move(user, id, parentId);
            return "已移到“"
                    + organisations
                            .find(moved.parentId())
                            .map(Organisation::name)
                            .orElse("") + "”之下";
        });
    }

    @PostMapping("/admin/organisations/{id}/aliases")
    String addAlias(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String alias,
            RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/organisations/" + id, "aliases", () -> {
            aliases.add(user, id, alias);
            return "已添加别名“" + alias.strip() + "”，下次导入报告时按它识别单位";
        });
    }

    @PostMapping("/admin/organisations/{id}/aliases/remove")
    String removeAlias(
            CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String alias,
            RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/organisations/" + id, "aliases", () -> {
            aliases.remove(user, id, alias);
            return "已删除别名“" + alias.strip() + "”";
        });
    }

    @PostMapping("/admin/organisations/{id}/deactivate")
    String deactivate(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/organisations/" + id, "active", () -> {
            organisations.setActive(user, id, false);
            return "单位已停用";
        });
    }

    @PostMapping("/admin/organisations/{id}/activate")
    String activate(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return Outcome.at(redirect, "/admin/organisations/" + id, "active", () -> {
            organisations.setActive(user, id, true);
            return "单位已启用";
        });
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
