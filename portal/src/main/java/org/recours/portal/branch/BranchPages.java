package org.recours.portal.branch;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.portal.web.FormField;
import org.recours.portal.web.FormValues;
import org.recours.portal.web.Refusals;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' pages of branches: the list with a creation form, and one page per branch. */
@Controller
class BranchPages {

    private static final FormField CODE =
            FormField.text("code", "branches.code", true).withHint("branches.code.hint");
    private static final List<FormField> DETAILS = List.of(
            FormField.text("name", "admin.name", true).withHint("branches.name.hint"),
            FormField.text("address", "branches.address", false),
            FormField.text("city", "branches.city", false));

    private final Branches branches;
    private final Refusals refusals;

    BranchPages(Branches branches, Refusals refusals) {
        this.branches = branches;
        this.refusals = refusals;
    }

    @GetMapping("/admin/antennes")
    String list(Model model) {
        return listPage(model, Map.of(), null);
    }

    @PostMapping("/admin/antennes")
    String create(
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var form = new FormValues(typed);
        try {
            var branch = new Branch(
                    form.required("code", CODE.label()),
                    form.required("name", "admin.name"),
                    form.text("address"),
                    form.text("city"),
                    true);
            branches.create(branch);
            redirect.addFlashAttribute("notice", refusals.message("branches.created", branch.name()));
            return "redirect:/admin/antennes";
        } catch (InvalidCaseData refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return listPage(model, typed, refusals.describe(refused, creationFields()));
        } catch (BranchConflict refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return listPage(model, typed, refusals.describe(refused));
        }
    }

    @GetMapping("/admin/antennes/{code}")
    String show(@PathVariable String code, Model model) {
        var branch = branches.get(Branches.code(code));
        return branchPage(model, branch, typed(branch), null);
    }

    @PostMapping("/admin/antennes/{code}")
    String update(
            @PathVariable String code,
            @RequestParam Map<String, String> typed,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var branch = branches.get(Branches.code(code));
        var form = new FormValues(typed);
        try {
            branches.update(new Branch(
                    branch.code(),
                    form.required("name", "admin.name"),
                    form.text("address"),
                    form.text("city"),
                    branch.active()));
        } catch (InvalidCaseData refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return branchPage(model, branch, typed, refusals.describe(refused, DETAILS));
        }
        redirect.addFlashAttribute("notice", refusals.message("branch.saved"));
        return "redirect:/admin/antennes/" + branch.code();
    }

    @PostMapping("/admin/antennes/{code}/activation")
    String activate(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
        var branch = branches.get(Branches.code(code));
        branches.update(new Branch(branch.code(), branch.name(), branch.address(), branch.city(), active));
        redirect.addFlashAttribute("notice", refusals.message(active ? "branch.enabled" : "branch.disabled"));
        return "redirect:/admin/antennes/" + branch.code();
    }

    @PostMapping("/admin/antennes/{code}/suppression")
    String delete(@PathVariable String code, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        var branch = branches.get(Branches.code(code));
        try {
            branches.delete(branch.code());
        } catch (BranchConflict refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return branchPage(model, branch, typed(branch), refusals.describe(refused));
        }
        redirect.addFlashAttribute("notice", refusals.message("branch.deleted", branch.name()));
        return "redirect:/admin/antennes";
    }

    private String listPage(Model model, Map<String, String> typed, String error) {
        model.addAttribute("branches", branches.inUse());
        model.addAttribute("fields", creationFields());
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        return "admin/branches";
    }

    private String branchPage(Model model, Branch branch, Map<String, String> typed, String error) {
        model.addAttribute("use", branches.use(branch));
        model.addAttribute("fields", DETAILS);
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        return "admin/branch";
    }

    private static List<FormField> creationFields() {
        return Stream.concat(Stream.of(CODE), DETAILS.stream()).toList();
    }

    /** The form filled with the branch as it stands. */
    private static Map<String, String> typed(Branch branch) {
        var typed = new HashMap<String, String>();
        typed.put("name", branch.name());
        typed.put("address", branch.address());
        typed.put("city", branch.city());
        return typed;
    }
}
