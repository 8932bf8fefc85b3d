package org.digitworkbench.gui.draw;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.digitworkbench.ml.preprocess.GrayImage;
import org.digitworkbench.ml.sketch.Stroke;
import org.digitworkbench.ml.sketch.StrokePath;

/**
 * The square drawing surface, as large as its space allows. Pointer positions go to the view model as
 * fractions of the side; it repaints the whole drawing from the model on every change, so resizing is free.
 * Touch and pen arrive as (synthesized) mouse events.
 */
final class DrawCanvas extends Region {
    static final double MIN_SIDE = 280;
    private final Canvas canvas = new Canvas(MIN_SIDE, MIN_SIDE);
    private final DrawViewModel model;
    private GrayImage shownPicture;
    private WritableImage pictureImage;

    DrawCanvas(DrawViewModel model) {
        this.model = model;
        canvas.setId("draw-canvas");
        getChildren().add(canvas);
        getStyleClass().add("draw-canvas");
        setMinSize(MIN_SIDE, MIN_SIDE);
        setPrefSize(MIN_SIDE + 160, MIN_SIDE + 160);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                model.beginStroke(fraction(e.getX()), fraction(e.getY()));
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> model.extendStroke(fraction(e.getX()), fraction(e.getY())));
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> model.endStroke(fraction(e.getX()), fraction(e.getY())));
        model.drawingProperty().addListener((obs, old, now) -> paint());
    }

    Canvas canvas() {
        return canvas;
    }

    private double fraction(double position) {
        return Math.max(0, Math.min(1, position / canvas.getWidth()));
    }

    @Override
    protected void layoutChildren() {
        double side = Math.max(MIN_SIDE, Math.floor(Math.min(getWidth(), getHeight())));
        if (side != canvas.getWidth()) {
            canvas.setWidth(side);
            canvas.setHeight(side);
            paint();
        }
        canvas.relocate(Math.round((getWidth() - side) / 2), Math.round((getHeight() - side) / 2));
    }

    private void paint() {
        double side = canvas.getWidth();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, side, side);
        Drawing drawing = model.drawingProperty().get();
        if (drawing.picture() != null) {
            paintPicture(g, drawing.picture(), side);
        }
        g.setStroke(Color.WHITE);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Stroke stroke : drawing.strokes()) {
            g.setLineWidth(stroke.width() * side);
            g.beginPath();
            StrokePath.trace(stroke, side, new StrokePath.Sink() {
                public void moveTo(double x, double y) {
                    g.moveTo(x, y);
                }

                public void lineTo(double x, double y) {
                    g.lineTo(x, y);
                }

                public void quadTo(double cx, double cy, double x, double y) {
                    g.quadraticCurveTo(cx, cy, x, y);
                }
            });
            g.stroke();
        }
    }

    /** An opened picture as the network's preprocessing sees it: ink white on black, fitted into the square. */
    private void paintPicture(GraphicsContext g, GrayImage picture, double side) {
        if (picture != shownPicture) {
            shownPicture = picture;
            pictureImage = new WritableImage(picture.width(), picture.height());
            PixelWriter writer = pictureImage.getPixelWriter();
            for (int y = 0; y < picture.height(); y++) {
                for (int x = 0; x < picture.width(); x++) {
                    int v = Math.round(Math.min(1f, picture.at(x, y)) * 255);
                    writer.setArgb(x, y, 0xFF000000 | v << 16 | v << 8 | v);
                }
            }
        }
        double scale = side / Math.max(picture.width(), picture.height());
        double w = picture.width() * scale;
        double h = picture.height() * scale;
        g.drawImage(pictureImage, (side - w) / 2, (side - h) / 2, w, h);
    }
}
