package org.atoll.access;

import java.util.List;

/** Modules declare their pages for the navigation by providing a bean of this type. */
public interface MenuContributor {

    List<MenuEntry> menuEntries();
}
