package org.goldenthread.bench.scenario;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines on stderr while a scenario runs (the report itself goes to stdout). */
@FunctionalInterface
public interface Progress {

    void say(String line);

    static Progress to(PrintStream err) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm:ss");
        return line -> err.println(LocalTime.now().format(time) + " " + line);
    }
}
