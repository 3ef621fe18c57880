package org.irohub.interchange.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.TreeMap;

/** The command line of {@link CensusGenerator#main}: options to settings, the file written, a one-line report. */
final class GeneratorCommand {

    static final String USAGE = """
            Writes a synthetic CIN census XML of fictional children.
              --children N          number of children (default 1000)
              --reference-date D    reference date, normally 31 March (default 2017-03-31)
              --years Y             years of history ending at the reference date (default 1)
              --seed S              random seed; the same options and seed give the same file (default 1)
              --schema 2026|2024    2026: Sex M/F/U and 1/0; 2024: GenderCurrent 1/2/0/9 and true/false (default 2026)
              --prefix P            LAchildID prefix, prefix and number at most 50 characters (default SYN)
              --lea NNN             three-digit LA code in the header and UPNs (default 999)
              --with-errors R       share of children, 0 to 1, given one DfE rule breach (default 0)
              --compact             no line breaks or indentation (about a quarter smaller)
              --out FILE            file to write, - for standard output (default cin-census.xml)
            """;

    private GeneratorCommand() {
    }

    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        GeneratorSettings settings = GeneratorSettings.defaults();
        String out = "cin-census.xml";
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--help") || option.equals("-h")) {
                    stdout.print(USAGE);
                    return 0;
                }
                if (option.equals("--compact")) {
                    settings = settings.withIndent(false);
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--children" -> settings = settings.withChildren(Integer.parseInt(value.replace("_", "")));
                    case "--reference-date" -> settings = settings.withReferenceDate(LocalDate.parse(value));
                    case "--years" -> settings = settings.withYears(Integer.parseInt(value));
                    case "--seed" -> settings = settings.withSeed(Long.parseLong(value));
                    case "--schema" -> settings = settings.withSchema(SchemaFlavour.parse(value));
                    case "--prefix" -> settings = settings.withIdPrefix(value.toUpperCase(Locale.ROOT));
                    case "--lea" -> settings = settings.withLea(value);
                    case "--with-errors" -> settings = settings.withErrorRate(Double.parseDouble(value));
                    case "--out" -> out = value;
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                }
            }
        }
        catch (NumberFormatException | DateTimeParseException e) {
            stderr.println("Not a valid value: " + e.getMessage());
            stderr.print(USAGE);
            return 2;
        }
        catch (IllegalArgumentException e) {
            stderr.println(e.getMessage());
            stderr.print(USAGE);
            return 2;
        }
        return generate(settings, out, stdout, stderr);
    }

    private static int generate(GeneratorSettings settings, String out, PrintStream stdout, PrintStream stderr) {
        long started = System.nanoTime();
        GeneratorSummary summary;
        long bytes = -1;
        if (out.equals("-")) {
            summary = CensusGenerator.write(settings, (OutputStream) stdout);
            stdout.flush();
        }
        else {
            Path file = Path.of(out);
            try {
                if (file.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
                summary = CensusGenerator.write(settings, file);
                bytes = Files.size(file);
            }
            catch (IOException | UncheckedIOException e) {
                stderr.println("Could not write " + out + ": " + e.getMessage());
                return 1;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String planted = summary.plantedErrors().isEmpty() ? ""
                : ", planted errors " + new TreeMap<>(summary.plantedErrors());
        String size = bytes < 0 ? "" : String.format(Locale.ROOT, ", %.1f MB", bytes / 1e6);
        stderr.printf(Locale.ROOT, "%s: %d children, %d episodes, %d section 47s, %d initial conferences, %d plans,"
                + " %d reviews%s%s in %.1f s%n", out, summary.children(), summary.episodes(), summary.section47s(),
                summary.initialConferences(), summary.plans(), summary.reviews(), planted, size, seconds);
        return 0;
    }
}
