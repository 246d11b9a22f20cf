package org.motcua.notification.domain.alert;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Người nhận cảnh báo: a leader of a unit (scope = the unit's code) or of the provincial office that watches
 * congestion (scope {@value #PROVINCE}), and how to reach them.
 */
@Entity
@Table(name = "staff_recipient")
public class StaffRecipient {

    /** The scope of the provincial office: it hears about every unit. */
    public static final String PROVINCE = "PROVINCE";

    @Id
    private UUID id;
    private String scope;
    @Column(name = "full_name")
    private String fullName;
    private String position;
    private String email;
    private String phone;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StaffRecipient() {
    }

    public StaffRecipient(String scope, String fullName, String position, String email, String phone, Instant now) {
        this.id = UUID.randomUUID();
        this.scope = scope;
        this.fullName = fullName;
        this.position = position;
        this.email = email;
        this.phone = phone;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String scope() {
        return scope;
    }

    public String fullName() {
        return fullName;
    }

    public String position() {
        return position;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
