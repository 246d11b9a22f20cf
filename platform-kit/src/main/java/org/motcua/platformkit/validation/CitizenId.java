package org.motcua.platformkit.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.motcua.platformkit.security.CitizenIds;

/** A citizen ID (số định danh cá nhân): 12 digits starting with a real province code; null is allowed. */
@Documented
@Constraint(validatedBy = CitizenId.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CitizenId {

    String message() default "không phải số định danh cá nhân hợp lệ (12 chữ số, mở đầu bằng mã tỉnh)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the format and the province prefix. */
    class Validator implements ConstraintValidator<CitizenId, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CitizenIds.isValid(value);
        }
    }
}
