package taizhang.shared;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details as every API error of Taizhang has them: a {@code urn:taizhang:problem:} type and a title. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:taizhang:problem:" + type));
        problem.setTitle(title);
        return problem;
    }
}
