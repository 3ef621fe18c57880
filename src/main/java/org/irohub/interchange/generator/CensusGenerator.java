package org.irohub.interchange.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.TreeMap;

import javax.xml.stream.XMLStreamException;

import org.irohub.calendar.WorkingDayCalendar;

/**
 * Writes a synthetic Children in Need census XML of N fictional children whose conferences and plans look like
 * England's (about 77% of ICPCs within 15 working days, about 92% of children's plans reviewed in time, plans'
 * categories and lengths as nationally), for demos and benchmarks. Plain Java, no Spring: run it from
 * {@code target/classes} (see the README) or call {@link #write(GeneratorSettings, OutputStream)}.
 * <p>
 * Children are drawn and written one at a time from one random stream per child, split in order from the seed,
 * so the memory used does not grow with N and a seed always gives the same bytes.
 */
public final class CensusGenerator {

    private final WorkingDayCalendar calendar;

    /** A generator that holds conferences on the working days of {@code calendar}. */
    public CensusGenerator(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** Writes the file for {@code settings} to {@code out} (left open), with England and Wales bank holidays. */
    public static GeneratorSummary write(GeneratorSettings settings, OutputStream out) {
        return new CensusGenerator(englandAndWales(settings)).generate(settings, out);
    }

    /** Writes the file for {@code settings} to {@code file}, replacing it. */
    public static GeneratorSummary write(GeneratorSettings settings, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return write(settings, out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled England and Wales bank holidays, completed by rule for every year the settings can reach. */
    public static WorkingDayCalendar englandAndWales(GeneratorSettings settings) {
        return BundledBankHolidays.calendar(settings.historyStart().getYear() - ChildFactory.LEAD_YEARS - 1,
                settings.referenceDate().getYear() + 1);
    }

    public GeneratorSummary generate(GeneratorSettings settings, OutputStream out) {
        Horizon horizon = new Horizon(settings.referenceDate(), calendar);
        ChildFactory children = new ChildFactory(settings.historyStart(), horizon, settings.lea());
        ErrorPlanter planter = new ErrorPlanter(horizon);
        Tally tally = new Tally();
        SplittableRandom seeds = new SplittableRandom(settings.seed());
        try (CensusXmlWriter writer = new CensusXmlWriter(out, settings.schema(), settings.indent())) {
            writer.begin(settings);
            for (int n = 1; n <= settings.children(); n++) {
                Draws draws = new Draws(seeds.split());
                SyntheticChild child = children.child(settings.laChildId(n), draws);
                if (settings.errorRate() > 0 && draws.chance(settings.errorRate())) {
                    ErrorPlanter.Planted planted = planter.plant(child, draws);
                    if (planted != null) {
                        child = planted.child();
                        tally.planted.merge(planted.code(), 1, Integer::sum);
                    }
                }
                tally.count(child);
                writer.child(child);
            }
            writer.end();
        }
        catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the census XML: " + e.getMessage(), e);
        }
        return tally.summary(settings.children());
    }

    public static void main(String[] args) {
        System.exit(GeneratorCommand.run(args, System.out, System.err));
    }

    /** Counts as children go by, so the summary needs nothing kept. */
    private static final class Tally {
        long episodes;
        long section47s;
        long conferences;
        long plans;
        long reviews;
        final TreeMap<String, Integer> planted = new TreeMap<>();

        void count(SyntheticChild child) {
            for (Episode e : child.episodes()) {
                episodes++;
                section47s += e.section47s().size();
                conferences += e.section47s().stream().filter(s -> s.icpc() != null).count();
                conferences += e.transferInIcpc() != null ? 1 : 0;
                plans += e.plans().size();
                reviews += e.plans().stream().mapToLong(p -> p.reviews().size()).sum();
            }
        }

        GeneratorSummary summary(int children) {
            return new GeneratorSummary(children, episodes, section47s, conferences, plans, reviews, planted);
        }
    }
}
