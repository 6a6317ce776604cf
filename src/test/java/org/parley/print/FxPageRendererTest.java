package org.parley.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The JavaFX rendering of a laid-out page: exactly the marks, at their places, in the shipped font. */
@ExtendWith(ApplicationExtension.class)
class FxPageRendererTest {

    private static Page firstPage() {
        Sheet sheet = new Sheet("Peacekeeping budgets 2018/19", "Mission brief: MONUSCO", "As of 26 Jun 2018 09:00",
                "CONFIDENTIAL", List.of(
                        new Block.Heading("Baselines"),
                        Block.Paragraph.plain("Côte d'Ivoire, Łódź and Türkiye asked for the floor."),
                        new Block.Table(List.of(Block.Column.left("Line", 3), Block.Column.right("Amount", 1)),
                                List.of(Block.Row.of("Human rights", "$12,400,000"), Block.Row.total("Total", "$1")),
                                "No lines."),
                        new Block.BarChart("Cuts", List.of(new Block.Bar("MONUSCO", 5, "$5")))));
        return SheetLayout.layout(sheet, PageSetup.A4_PORTRAIT).get(0);
    }

    @Test
    void thePage_isPageSized_withOneNodePerMark() {
        Page page = firstPage();
        Region region = FxPageRenderer.render(page);

        assertThat(region.getPrefWidth()).isEqualTo(page.width(), within(0.001));
        assertThat(region.getPrefHeight()).isEqualTo(page.height(), within(0.001));
        assertThat(region.getChildrenUnmodifiable()).hasSize(page.marks().size());
        assertThat(page.marks()).hasAtLeastOneElementOfType(Mark.Line.class).hasAtLeastOneElementOfType(Mark.Box.class);
    }

    @Test
    void eachMark_becomesTheNodeOfItsKind_atItsPlace() {
        Page page = firstPage();
        List<Node> nodes = FxPageRenderer.render(page).getChildrenUnmodifiable();

        for (int i = 0; i < nodes.size(); i++) {
            Mark mark = page.marks().get(i);
            Node node = nodes.get(i);
            if (mark instanceof Mark.Text t) {
                Text text = (Text) node;
                assertThat(text.getText()).isEqualTo(t.text());
                assertThat(text.getX()).isEqualTo(t.x(), within(0.001));
                assertThat(text.getY()).isEqualTo(t.baseline(), within(0.001));
                assertThat(text.getFont().getSize()).isEqualTo(t.size(), within(0.001));
                assertThat(((Color) text.getFill()).getRed()).isEqualTo(t.gray(), within(0.01));
            } else if (mark instanceof Mark.Line l) {
                Line line = (Line) node;
                assertThat(List.of(line.getStartX(), line.getStartY(), line.getEndX(), line.getEndY()))
                        .containsExactly((double) l.x1(), (double) l.y1(), (double) l.x2(), (double) l.y2());
                assertThat(line.getStrokeWidth()).isEqualTo(l.width(), within(0.001));
            } else {
                Mark.Box b = (Mark.Box) mark;
                Rectangle box = (Rectangle) node;
                assertThat(List.of(box.getX(), box.getY(), box.getWidth(), box.getHeight()))
                        .containsExactly((double) b.x(), (double) b.y(), (double) b.width(), (double) b.height());
                assertThat(box.getFill() == null).isEqualTo(b.fillGray() < 0);
                assertThat(box.getStroke() == null).isEqualTo(b.strokeGray() < 0);
            }
        }
    }

    @Test
    void text_isSetInTheShippedDejaVu_asWideAsTheLayoutMeasuredIt() {
        Page page = firstPage();
        List<Node> nodes = FxPageRenderer.render(page).getChildrenUnmodifiable();
        for (int i = 0; i < nodes.size(); i++) {
            if (page.marks().get(i) instanceof Mark.Text t && t.text().length() > 10) {
                Text text = (Text) nodes.get(i);
                assertThat(text.getFont().getFamily()).isEqualTo("DejaVu Sans");
                assertThat(text.getFont().getName()).isEqualTo(t.face() == FontFace.BOLD ? "DejaVu Sans Bold" : "DejaVu Sans");
                float measured = FontBook.shared().width(t.text(), t.face(), t.size());
                assertThat(text.getLayoutBounds().getWidth()).as(t.text()).isCloseTo(measured, within(measured * 0.02));
            }
        }
    }
}
