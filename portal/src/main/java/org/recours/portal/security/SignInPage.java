package org.recours.portal.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInPage {

    @GetMapping("/login")
    String signIn() {
        return "login";
    }

    /** Where Spring Security sends a signed-in person whose role does not reach a page. */
    @org.springframework.web.bind.annotation.RequestMapping("/acces-refuse")
    String accessDenied(org.springframework.ui.Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("problemTitle", "Accès refusé");
        model.addAttribute("message", "Votre rôle ne permet pas d'ouvrir cette page.");
        return "problem";
    }
}
