package org.digitworkbench.gui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.digitworkbench.gui.common.Messages;
import org.digitworkbench.gui.common.ThemeChoice;

/** The header's View menu: the light or the dark theme, one of them always chosen. */
final class ViewMenu {
    private ViewMenu() {
    }

    static MenuButton create(ObjectProperty<ThemeChoice> theme, Messages text) {
        ToggleGroup group = new ToggleGroup();
        MenuButton menu = new MenuButton(text.get("viewMenu.title"));
        menu.setId("view-menu");
        menu.setTooltip(new Tooltip(text.get("viewMenu.tooltip")));
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(text.get("viewMenu." + choice.id()));
            item.setId("theme-" + choice.id());
            item.setUserData(choice);
            item.setToggleGroup(group);
            item.setSelected(choice == theme.get());
            menu.getItems().add(item);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // choosing the chosen theme again keeps it
            } else {
                theme.set((ThemeChoice) now.getUserData());
            }
        });
        theme.addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        return menu;
    }
}
