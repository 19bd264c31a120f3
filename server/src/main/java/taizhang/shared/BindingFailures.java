package taizhang.shared;

import jakarta.validation.ConstraintViolation;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Reads what Spring raises about a request value (cannot be converted, missing or blank where one
 * is required, breaks its constraint), what Tomcat raises about one it cannot decode, what the
 * security firewall raises about a name it refuses, and what the database raises about one too
 * long or too large, into the refusal {@link RequestValues} words: the same for the pages and the
 * API.
 */
public final class BindingFailures {

    private BindingFailures() {}

    /** The refusal naming the field at fault; empty when {@code e} is not about a request value. */
    public static Optional<InvalidRequestException> explain(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException m) {
            return Optional.of(mismatch(m.getName(), m, ResolvableType.forMethodParameter(m.getParameter())));
        }
        if (e instanceof TypeMismatchException m) {
            return Optional.of(mismatch(m.getPropertyName(), m, null));
        }
        if (e instanceof BindException b && b.getFieldError() != null) {
            Class<?> form = e instanceof MethodArgumentNotValidException n
                    ? n.getParameter().getParameterType()
                    : null;
            return Optional.of(explain(b.getFieldError(), form));
        }
        if (e instanceof HandlerMethodValidationException v) {
            return Optional.of(explain(v));
        }
        if (e instanceof MissingPathVariableException m && m.isMissingAfterConversion()) {
            return Optional.of(RequestValues.missing(m.getVariableName()));
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return Optional.of(RequestValues.missing(m.getParameterName()));
        }
        if (e instanceof MissingServletRequestPartException m) {
            return Optional.of(RequestValues.missing(m.getRequestPartName()));
        }
        if (e instanceof MultipartException && !(e instanceof MaxUploadSizeExceededException)) {
            return Optional.of(new InvalidRequestException("file", "上传失败：请选择文件后以表单上传"));
        }
        if (e instanceof RequestRejectedException) {
            return Optional.of(new InvalidRequestException(null, "地址或表单中有不允许的参数名或字符（例如表单的格式与其内容类型不符），请检查后重试"));
        }
        if (e instanceof InvalidParameterException) {
            return Optional.of(new InvalidRequestException(null, "地址或表单中有无法读取的参数（字符编码有误或参数过多），请检查后重试"));
        }
        if (e instanceof DataIntegrityViolationException d && dataException(d)) {
            return Optional.of(new InvalidRequestException(null, "提交的内容超出了允许的长度或数值范围，请检查后重试"));
        }
        return Optional.empty();
    }

    /** One field of a form record or bean: {@code form} declares it, when known. */
    private static InvalidRequestException explain(FieldError error, Class<?> form) {
        if (error.contains(TypeMismatchException.class)) {
            Field field = form == null ? null : ReflectionUtils.findField(form, error.getField());
            return mismatch(
                    error.getField(),
                    error.unwrap(TypeMismatchException.class),
                    field == null ? null : ResolvableType.forField(field));
        }
        ConstraintViolation<?> violation =
                error.contains(ConstraintViolation.class) ? error.unwrap(ConstraintViolation.class) : null;
        return RequestValues.violated(error.getField(), violation, error.getDefaultMessage());
    }

    private static InvalidRequestException explain(HandlerMethodValidationException e) {
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            MethodParameter parameter = result.getMethodParameter();
            if (result instanceof ParameterErrors errors && errors.getFieldError() != null) {
                return explain(errors.getFieldError(), parameter.getParameterType());
            }
            if (!result.getResolvableErrors().isEmpty()) {
                var error = result.getResolvableErrors().get(0);
                return RequestValues.violated(
                        name(parameter), result.unwrap(error, ConstraintViolation.class), error.getDefaultMessage());
            }
        }
        return new InvalidRequestException(null, "请求内容不合法");
    }

    /**
     * The innermost conversion failure holds the very value that failed and the type it was
     * for: the element, when a list of statuses has one bad among good ones, or the list's
     * element type when the list as a whole was refused (an empty item). Without one (a
     * property editor refused it), a list's element type comes from its declaration.
     */
    private static InvalidRequestException mismatch(String field, TypeMismatchException e, ResolvableType declared) {
        Object value = e.getValue();
        Class<?> expected = e.getRequiredType();
        boolean converted = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConversionFailedException failed) {
                TypeDescriptor target = failed.getTargetType();
                value = failed.getValue();
                boolean many = (target.isCollection() || target.isArray()) && target.getElementTypeDescriptor() != null;
                expected = many ? target.getElementTypeDescriptor().getObjectType() : target.getObjectType();
                converted = true;
            }
        }
        if (!converted && declared != null && (declared.isArray() || declared.asCollection() != ResolvableType.NONE)) {
            expected = (declared.isArray()
                            ? declared.getComponentType()
                            : declared.asCollection().getGeneric(0))
                    .resolve();
        }
        return RequestValues.mismatch(field, value, expected);
    }

    /** SQL's class 22, data exception: a value too long for its column or too large for its number. */
    private static boolean dataException(DataIntegrityViolationException e) {
        return e.getMostSpecificCause() instanceof SQLException sql
                && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22");
    }

    private static String name(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        return param != null && !param.name().isEmpty() ? param.name() : parameter.getParameterName();
    }
}
