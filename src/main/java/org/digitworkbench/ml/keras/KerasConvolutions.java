package org.digitworkbench.ml.keras;

import java.util.List;

import org.digitworkbench.ml.keras.KerasLayers.Weighted;

/** The image layers of a Keras chain: Conv2D and MaxPooling2D, in the forms a spec can write. */
final class KerasConvolutions {
    private KerasConvolutions() {
    }

    static void conv(KerasLayers layers, KerasSettings settings) {
        List<Integer> in = image(layers, settings);
        int filters = settings.integer("filters", -1);
        List<Integer> kernel = settings.integers("kernel_size");
        if (kernel.isEmpty() || kernel.stream().distinct().count() != 1) {
            throw settings.refused("kernel " + kernel + "; only square kernels are supported");
        }
        int k = kernel.get(0);
        String padding = settings.text("padding", "valid");
        if (!padding.equals("valid") && !padding.equals("same")) {
            throw settings.refused("padding " + padding + "; supported are valid and same");
        }
        boolean same = padding.equals("same");
        if (same && k % 2 == 0) {
            throw settings.refused("kernel " + k + "x" + k + " with same padding; same padding needs an odd kernel");
        }
        ones(settings, "strides", "stride");
        ones(settings, "dilation_rate", "dilation");
        if (settings.integer("groups", 1) != 1) {
            throw settings.refused("grouped convolution; only groups 1 is supported");
        }
        channelsLast(settings);
        layers.add("conv(" + filters + "," + k + (same ? ",same" : "") + ")");
        layers.addWeighted(settings, Weighted.Kind.CONV, settings.flag("use_bias", true), false, false, 0);
        int side = same ? in.get(0) : in.get(0) - k + 1;
        layers.dims(List.of(side, side, filters));
        layers.activation(settings, settings.activation());
    }

    static void maxPool(KerasLayers layers, KerasSettings settings) {
        List<Integer> in = image(layers, settings);
        List<Integer> strides = settings.integers("strides");
        if (!settings.integers("pool_size").stream().allMatch(n -> n == 2)
                || !strides.isEmpty() && !strides.stream().allMatch(n -> n == 2)) {
            throw settings.refused("pool " + settings.integers("pool_size") + " strides " + strides
                    + "; only 2x2 pooling with stride 2 is supported");
        }
        String padding = settings.text("padding", "valid");
        if (!padding.equals("valid") && !(padding.equals("same") && in.get(0) % 2 == 0)) {
            throw settings.refused("padding " + padding + " on a " + in.get(0) + "x" + in.get(0)
                    + " image; supported is valid padding (or same on an even side, which is the same)");
        }
        channelsLast(settings);
        layers.add("maxpool");
        layers.dims(List.of(in.get(0) / 2, in.get(0) / 2, in.get(2)));
    }

    private static List<Integer> image(KerasLayers layers, KerasSettings settings) {
        List<Integer> in = layers.dims();
        if (in.size() != 3 || !in.get(0).equals(in.get(1))) {
            throw settings.refused("gets an input shaped " + KerasLayers.shape(in) + "; it needs an image (28, 28, 1)"
                    + " or what a convolution or pooling made of one");
        }
        return in;
    }

    private static void ones(KerasSettings settings, String key, String what) {
        if (!settings.integers(key).stream().allMatch(n -> n == 1)) {
            throw settings.refused(what + " " + settings.integers(key) + "; only " + what + " 1 is supported");
        }
    }

    private static void channelsLast(KerasSettings settings) {
        String format = settings.text("data_format", "channels_last");
        if (!format.equals("channels_last")) {
            throw settings.refused("data_format " + format + "; only channels_last is supported");
        }
    }
}
