package taizhang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class TaizhangApplication {

    public static void main(String[] args) {
        SpringApplication.run(TaizhangApplication.class, args);
    }
}
