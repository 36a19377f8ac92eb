package org.citycoop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void upLoadsDemoDataUnlessToldNotTo() {
        assertThat(Command.parse(List.of("up"))).isEqualTo(new Command.Up(true));
        assertThat(Command.parse(List.of("up", "--no-demo"))).isEqualTo(new Command.Up(false));
    }

    @Test
    void upRefusesAnOptionItDoesNotKnowWithTheOldWords() {
        assertThatThrownBy(() -> Command.parse(List.of("up", "--demo=false")))
                .hasMessage("unknown option for up: --demo=false (try --no-demo)");
    }

    @Test
    void resetWithoutYesDeletesNothingAndSaysHow() {
        assertThatThrownBy(() -> Command.parse(List.of("reset")))
                .hasMessage("reset deletes every citycoop database and Kafka's data; run ./citycoop reset --yes to do it.");
        assertThat(Command.parse(List.of("reset", "--yes"))).isEqualTo(new Command.Reset());
    }

    @Test
    void logsTakeANameAndFollowInEitherOrder() {
        assertThat(Command.parse(List.of("logs", "-f", "web"))).isEqualTo(new Command.Logs("web", true));
        assertThat(Command.parse(List.of("logs", "kafka", "--follow"))).isEqualTo(new Command.Logs("kafka", true));
        assertThat(Command.parse(List.of("logs"))).isEqualTo(new Command.Logs(null, false));
    }

    @Test
    void testAndDemoHistoryPassTheirArgumentsOnAsGiven() {
        assertThat(Command.parse(List.of("test", "-pl", "services/web", "-Dtest=X")))
                .isEqualTo(new Command.Test(List.of("-pl", "services/web", "-Dtest=X")));
        assertThat(Command.parse(List.of("demo-history", "--scale", "0.1", "--seed", "7")))
                .isEqualTo(new Command.DemoHistory(List.of("--scale", "0.1", "--seed", "7")));
    }

    @Test
    void noCommandShowsTheUsageAndAnUnknownOneFailsWithIt() {
        assertThat(Command.parse(List.of())).isEqualTo(new Command.Usage(0));
        assertThat(Command.parse(List.of("start"))).isEqualTo(new Command.Usage(2));
        assertThat(Command.USAGE).contains("./citycoop up [--no-demo]", "./citycoop demo-history [--scale S] [--year YYYY] [--seed N]");
    }
}
