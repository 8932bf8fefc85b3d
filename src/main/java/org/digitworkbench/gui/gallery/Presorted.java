package org.digitworkbench.gui.gallery;

import java.util.AbstractList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import org.digitworkbench.ml.eval.Misclassification;

/**
 * A large list of tiles with every {@link GallerySort} order worked out where it was made, off the FX thread:
 * refiltering "All images" (60,000 tiles) then only walks a list in order instead of sorting it on the FX thread
 * (30-50 ms, two or three frames). Reads as the list it was made from.
 */
final class Presorted extends AbstractList<Misclassification> implements RandomAccess {
    private final List<Misclassification> items;
    private final Map<GallerySort, List<Misclassification>> orders = new EnumMap<>(GallerySort.class);

    /** Sorts {@code items} every way; call it off the FX thread. */
    Presorted(List<Misclassification> items) {
        this.items = List.copyOf(items);
        for (GallerySort sort : GallerySort.values()) {
            orders.put(sort, this.items.stream().sorted(sort.order()).toList());
        }
    }

    /** The tiles in {@code sort}'s order. */
    List<Misclassification> in(GallerySort sort) {
        return orders.get(sort);
    }

    @Override
    public Misclassification get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
