package org.atoll;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class AtollApplication {

    public static void main(String[] args) {
        SpringApplication.run(AtollApplication.class, args);
    }

    /**
     * The one clock all modules read, in the country's time zone ({@code atoll.time-zone}): its local
     * date is the date of record. Tests replace it.
     */
    @Bean
    Clock clock(@Value("${" + BorderTime.PROPERTY + ":" + BorderTime.DEFAULT_ZONE + "}") String zone) {
        return BorderTime.systemClock(zone);
    }
}
