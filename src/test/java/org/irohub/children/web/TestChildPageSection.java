package org.irohub.children.web;

import java.util.Map;

import org.irohub.children.ChildId;
import org.irohub.children.ChildPageSection;
import org.springframework.stereotype.Component;

/** Stands in for another module (protection, say) adding a section to the child page. */
@Component
class TestChildPageSection implements ChildPageSection {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title() {
        return "Section from another module";
    }

    @Override
    public String template() {
        return "children-test/section";
    }

    @Override
    public String fragment() {
        return "testSection";
    }

    @Override
    public Map<String, Object> model(ChildId child) {
        return Map.of("greeting", "Conferences of child " + child.value());
    }
}
