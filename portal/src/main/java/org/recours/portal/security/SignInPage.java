package org.recours.portal.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInPage {

    private final org.springframework.context.MessageSource messages;

    SignInPage(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    /** Where Spring Security sends a signed-in person whose role does not reach a page. */
    @org.springframework.web.bind.annotation.RequestMapping("/acces-refuse")
    String accessDenied(
            org.springframework.ui.Model model,
            jakarta.servlet.http.HttpServletResponse response,
            java.util.Locale locale) {
        response.setStatus(403);
        model.addAttribute("problemTitle", messages.getMessage("problem.forbidden", null, locale));
        model.addAttribute("message", messages.getMessage("problem.forbidden-page.text", null, locale));
        return "problem";
    }
}
