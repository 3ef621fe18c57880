package org.irohub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** IRO Hub: one deployable application, a modular monolith with one package per business capability. */
@SpringBootApplication
public class IroHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(IroHubApplication.class, args);
    }
}
