package vn.foreignaffairs.registry.web.input;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat refuses some requests before the application sees them (an encoded slash or NUL in
 * the path, a malformed request line). Its own error page is HTML; this one answers those
 * refusals as problem details like every other error of the registry.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(code);
        String problemCode = status.is5xxServerError() ? "INTERNAL_ERROR"
                : status == HttpStatus.NOT_FOUND ? "NOT_FOUND" : "INVALID_REQUEST";
        String detail = status.is5xxServerError()
                ? "Something went wrong on our side. Nothing was changed by this request."
                : "The request was refused before it reached the registry: its address or form is not valid.";
        String body = "{\"type\":\"urn:registry:problem:" + problemCode.toLowerCase().replace('_', '-')
                + "\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + code
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + problemCode + "\"}";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was already under way: nothing more to say
        }
    }
}
