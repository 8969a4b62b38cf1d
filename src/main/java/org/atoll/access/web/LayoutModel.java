package org.atoll.access.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.atoll.access.CurrentOfficer;
import org.atoll.access.MenuContributor;
import org.atoll.access.MenuEntry;
import org.atoll.access.OfficerIdentity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in officer and the navigation their roles allow into every page. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final CurrentOfficer currentOfficer;
    private final List<MenuContributor> contributors;
    private final MessageSource messages;

    LayoutModel(CurrentOfficer currentOfficer, List<MenuContributor> contributors, MessageSource messages) {
        this.currentOfficer = currentOfficer;
        this.contributors = contributors;
        this.messages = messages;
    }

    @ModelAttribute("me")
    OfficerIdentity me(HttpServletRequest request) {
        return isApi(request) ? null : currentOfficer.officer().orElse(null);
    }

    /** The navigation, for pages only: REST controllers are {@code @Controller}s too, and the API renders no menu. */
    @ModelAttribute("navigation")
    Navigation navigation(HttpServletRequest request) {
        List<MenuEntry> menu = isApi(request) ? List.of() : currentOfficer.officer().map(this::menuFor).orElse(List.of());
        return Navigation.of(menu, currentPath(request),
                entry -> messages.getMessage(entry.labelKey(), null, entry.labelKey(), LocaleContextHolder.getLocale()),
                Navigation.BOOTH_SCREEN);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    List<MenuEntry> menuFor(OfficerIdentity officer) {
        return contributors.stream().flatMap(c -> c.menuEntries().stream())
                .filter(e -> e.visibleTo(officer))
                .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::labelKey))
                .toList();
    }
}
