package org.atoll;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class AtollApplication {

    public static void main(String[] args) {
        SpringApplication.run(AtollApplication.class, args);
    }
}
