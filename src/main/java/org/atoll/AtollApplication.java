package org.atoll;

import java.time.Clock;

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

    /** The one clock all modules read; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
