package org.irohub.children;

import java.util.Map;

/**
 * A section another module adds to the child page, so the children module shows (for example) a child's
 * conferences without depending on the module that holds them. Declare an implementation as a bean.
 * <p>
 * The page renders {@code ~{template() :: fragment()}} after checking the user may see the child. Inside the
 * fragment, {@code sectionModel} is the map {@link #model} returned and {@code child} the {@link ChildSummary};
 * every section's model is also in {@code sectionModels}, keyed by {@code template() + "::" + fragment()}.
 */
public interface ChildPageSection {

    /** Sections are shown in ascending order. */
    int order();

    /** The heading of the section. */
    String title();

    /** Thymeleaf template name, such as {@code protection/child-conferences}. */
    String template();

    /** The fragment within the template. */
    String fragment();

    /** The values the fragment needs for this child; called only for a user allowed to see the child. */
    Map<String, Object> model(ChildId child);
}
