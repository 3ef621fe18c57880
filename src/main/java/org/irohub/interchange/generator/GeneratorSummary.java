package org.irohub.interchange.generator;

import java.util.Map;

/**
 * What a generated file holds, counted as it was written: for a benchmark to check an import against, or a
 * demo to report.
 *
 * @param initialConferences conferences after a section 47 and transfer-in conferences
 * @param plantedErrors      children given a deliberate rule breach, by DfE rule code
 */
public record GeneratorSummary(int children, long episodes, long section47s, long initialConferences, long plans,
        long reviews, Map<String, Integer> plantedErrors) {

    public GeneratorSummary {
        plantedErrors = Map.copyOf(plantedErrors);
    }
}
