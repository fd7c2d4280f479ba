"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_app_user_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_uuid", sa.String(length=36), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index("ix_audit_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_entity", ["entity", "entity_uuid"], unique=False)
        batch_op.create_index("ix_audit_user", ["user_name", "at"], unique=False)

    op.create_table(
        "closure",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closure")),
        sa.UniqueConstraint("uuid", name=op.f("uq_closure_uuid")),
    )
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closure_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_closure_inst_code"), ["inst_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_closure_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "export_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("row_counts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
    )
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_export_log_at"), ["at"], unique=False)

    op.create_table(
        "institution",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("regency_code", sa.String(length=4), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("head_name", sa.String(length=120), nullable=False),
        sa.Column("head_nip", sa.String(length=18), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("cert_number_pattern", sa.String(length=120), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=True),
        sa.Column("private_key", sa.LargeBinary(), nullable=True),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution")),
        sa.UniqueConstraint("code", name=op.f("uq_institution_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_institution_uuid")),
    )
    with op.batch_alter_table("institution", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_institution_inst_code"), ["inst_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_institution_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "trainee",
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("kk_number", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("name_norm", sa.String(length=150), nullable=False),
        sa.Column("birth_place", sa.String(length=80), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("religion", sa.String(length=20), nullable=False),
        sa.Column("marital_status", sa.String(length=20), nullable=False),
        sa.Column("education", sa.String(length=40), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("rt", sa.String(length=3), nullable=False),
        sa.Column("rw", sa.String(length=3), nullable=False),
        sa.Column("village", sa.String(length=80), nullable=False),
        sa.Column("district", sa.String(length=80), nullable=False),
        sa.Column("regency_code", sa.String(length=4), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("disability", sa.String(length=20), nullable=False),
        sa.Column("employment_status", sa.String(length=40), nullable=False),
        sa.Column("ak1_number", sa.String(length=40), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("is_pmi_candidate", sa.Boolean(), nullable=False),
        sa.Column("destination_country", sa.String(length=60), nullable=False),
        sa.Column("passport_number", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=60), nullable=False),
        sa.Column("guardian_name", sa.String(length=120), nullable=False),
        sa.Column("guardian_consent", sa.Boolean(), nullable=False),
        sa.Column("consent_at", sa.DateTime(), nullable=True),
        sa.Column("consent_by", sa.String(length=120), nullable=False),
        sa.Column("duplicate_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trainee")),
        sa.UniqueConstraint("inst_code", "nik", name=op.f("uq_trainee_inst_code_nik")),
        sa.UniqueConstraint("uuid", name=op.f("uq_trainee_uuid")),
    )
    with op.batch_alter_table("trainee", schema=None) as batch_op:
        batch_op.create_index("ix_trainee_birth", ["birth_date", "name_norm"], unique=False)
        batch_op.create_index(batch_op.f("ix_trainee_inst_code"), ["inst_code"], unique=False)
        batch_op.create_index("ix_trainee_name_norm", ["name_norm"], unique=False)
        batch_op.create_index("ix_trainee_phone", ["phone"], unique=False)
        batch_op.create_index(batch_op.f("ix_trainee_regency_code"), ["regency_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_trainee_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "vocation",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vocation")),
        sa.UniqueConstraint("inst_code", "code", name=op.f("uq_vocation_inst_code_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_vocation_uuid")),
    )
    with op.batch_alter_table("vocation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vocation_inst_code"), ["inst_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_vocation_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "instructor",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("id_number", sa.String(length=40), nullable=False),
        sa.Column("vocation_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["vocation_id"], ["vocation.id"], name=op.f("fk_instructor_vocation_id_vocation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instructor")),
        sa.UniqueConstraint("uuid", name=op.f("uq_instructor_uuid")),
    )
    with op.batch_alter_table("instructor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instructor_inst_code"), ["inst_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_instructor_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "program",
        sa.Column("vocation_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("total_jp", sa.Integer(), nullable=False),
        sa.Column("hours_per_day", sa.Integer(), nullable=False),
        sa.Column("attendance_threshold", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("max_attempts", sa.Integer(), nullable=False),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("min_education", sa.String(length=40), nullable=True),
        sa.Column("domicile_scope", sa.String(length=10), nullable=False),
        sa.Column("domicile_code", sa.String(length=4), nullable=True),
        sa.Column("extra_requirement", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["vocation_id"], ["vocation.id"], name=op.f("fk_program_vocation_id_vocation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program")),
        sa.UniqueConstraint("inst_code", "code", name=op.f("uq_program_inst_code_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_program_uuid")),
    )
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_program_inst_code"), ["inst_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_program_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_program_vocation_id"), ["vocation_id"], unique=False)

    op.create_table(
        "batch",
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("funding", sa.String(length=20), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("weekdays", sa.String(length=7), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"], ["program.id"], name=op.f("fk_batch_program_id_program")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batch")),
        sa.UniqueConstraint("uuid", name=op.f("uq_batch_uuid")),
    )
    with op.batch_alter_table("batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_batch_end_date"), ["end_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_batch_inst_code"), ["inst_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_batch_program_id"), ["program_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_batch_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_batch_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "competency_unit",
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("jp", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"], ["program.id"], name=op.f("fk_competency_unit_program_id_program")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competency_unit")),
        sa.UniqueConstraint("uuid", name=op.f("uq_competency_unit_uuid")),
    )
    with op.batch_alter_table("competency_unit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_competency_unit_inst_code"), ["inst_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_competency_unit_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_competency_unit_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "batch_instructor",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("instructor_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["batch.id"], name=op.f("fk_batch_instructor_batch_id_batch")
        ),
        sa.ForeignKeyConstraint(
            ["instructor_id"],
            ["instructor.id"],
            name=op.f("fk_batch_instructor_instructor_id_instructor"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batch_instructor")),
        sa.UniqueConstraint(
            "batch_id", "instructor_id", name=op.f("uq_batch_instructor_batch_id_instructor_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_batch_instructor_uuid")),
    )
    with op.batch_alter_table("batch_instructor", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_batch_instructor_batch_id"), ["batch_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_batch_instructor_inst_code"), ["inst_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_batch_instructor_instructor_id"), ["instructor_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_batch_instructor_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "enrollment",
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("status_changed_on", sa.Date(), nullable=True),
        sa.Column("withdraw_reason", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=True),
        sa.Column("outcome_override", sa.String(length=24), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["batch.id"], name=op.f("fk_enrollment_batch_id_batch")
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainee.id"], name=op.f("fk_enrollment_trainee_id_trainee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment")),
        sa.UniqueConstraint(
            "trainee_id", "batch_id", name=op.f("uq_enrollment_trainee_id_batch_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_enrollment_uuid")),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrollment_inst_code"), ["inst_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrollment_trainee_id"), ["trainee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrollment_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "training_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["batch.id"],
            name=op.f("fk_training_day_batch_id_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_day")),
        sa.UniqueConstraint("batch_id", "day", name=op.f("uq_training_day_batch_id_day")),
    )
    with op.batch_alter_table("training_day", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_day_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "assessment",
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("result", sa.String(length=2), nullable=False),
        sa.Column("score", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessor", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_assessment_enrollment_id_enrollment"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["competency_unit.id"], name=op.f("fk_assessment_unit_id_competency_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint(
            "enrollment_id",
            "unit_id",
            "attempt",
            name=op.f("uq_assessment_enrollment_id_unit_id_attempt"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_assessment_uuid")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_enrollment_id"), ["enrollment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assessment_inst_code"), ["inst_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessment_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessment_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "attendance_mark",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("code", sa.String(length=1), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_attendance_mark_enrollment_id_enrollment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_mark")),
        sa.UniqueConstraint(
            "enrollment_id", "day", name=op.f("uq_attendance_mark_enrollment_id_day")
        ),
    )
    with op.batch_alter_table("attendance_mark", schema=None) as batch_op:
        batch_op.create_index("ix_attendance_day", ["day"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attendance_mark_updated_at"), ["updated_at"], unique=False
        )

    op.create_table(
        "certificate",
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("seq_scope", sa.String(length=40), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("print_count", sa.Integer(), nullable=False),
        sa.Column("last_printed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_certificate_enrollment_id_enrollment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sa.UniqueConstraint(
            "inst_code",
            "kind",
            "seq_scope",
            "seq",
            name=op.f("uq_certificate_inst_code_kind_seq_scope_seq"),
        ),
        sa.UniqueConstraint("inst_code", "number", name=op.f("uq_certificate_inst_code_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_certificate_uuid")),
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificate_enrollment_id"), ["enrollment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_certificate_inst_code"), ["inst_code"], unique=False)
        batch_op.create_index("ix_certificate_issued_on", ["issued_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_certificate_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "placement",
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("destination_country", sa.String(length=60), nullable=False),
        sa.Column("employer", sa.String(length=200), nullable=False),
        sa.Column("sector", sa.String(length=120), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("inst_code", sa.String(length=20), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"], ["enrollment.id"], name=op.f("fk_placement_enrollment_id_enrollment")
        ),
        sa.ForeignKeyConstraint(
            ["trainee_id"], ["trainee.id"], name=op.f("fk_placement_trainee_id_trainee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
        sa.UniqueConstraint("uuid", name=op.f("uq_placement_uuid")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_inst_code"), ["inst_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_recorded_on"), ["recorded_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_trainee_id"), ["trainee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_updated_at"), ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_updated_at"))
        batch_op.drop_index(batch_op.f("ix_placement_trainee_id"))
        batch_op.drop_index(batch_op.f("ix_placement_recorded_on"))
        batch_op.drop_index(batch_op.f("ix_placement_inst_code"))

    op.drop_table("placement")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_updated_at"))
        batch_op.drop_index("ix_certificate_issued_on")
        batch_op.drop_index(batch_op.f("ix_certificate_inst_code"))
        batch_op.drop_index(batch_op.f("ix_certificate_enrollment_id"))

    op.drop_table("certificate")
    with op.batch_alter_table("attendance_mark", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_mark_updated_at"))
        batch_op.drop_index("ix_attendance_day")

    op.drop_table("attendance_mark")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_updated_at"))
        batch_op.drop_index(batch_op.f("ix_assessment_unit_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_inst_code"))
        batch_op.drop_index(batch_op.f("ix_assessment_enrollment_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("training_day", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_day_updated_at"))

    op.drop_table("training_day")
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_updated_at"))
        batch_op.drop_index(batch_op.f("ix_enrollment_trainee_id"))
        batch_op.drop_index(batch_op.f("ix_enrollment_inst_code"))
        batch_op.drop_index(batch_op.f("ix_enrollment_batch_id"))

    op.drop_table("enrollment")
    with op.batch_alter_table("batch_instructor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_batch_instructor_updated_at"))
        batch_op.drop_index(batch_op.f("ix_batch_instructor_instructor_id"))
        batch_op.drop_index(batch_op.f("ix_batch_instructor_inst_code"))
        batch_op.drop_index(batch_op.f("ix_batch_instructor_batch_id"))

    op.drop_table("batch_instructor")
    with op.batch_alter_table("competency_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competency_unit_updated_at"))
        batch_op.drop_index(batch_op.f("ix_competency_unit_program_id"))
        batch_op.drop_index(batch_op.f("ix_competency_unit_inst_code"))

    op.drop_table("competency_unit")
    with op.batch_alter_table("batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_batch_updated_at"))
        batch_op.drop_index(batch_op.f("ix_batch_start_date"))
        batch_op.drop_index(batch_op.f("ix_batch_program_id"))
        batch_op.drop_index(batch_op.f("ix_batch_inst_code"))
        batch_op.drop_index(batch_op.f("ix_batch_end_date"))

    op.drop_table("batch")
    with op.batch_alter_table("program", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_program_vocation_id"))
        batch_op.drop_index(batch_op.f("ix_program_updated_at"))
        batch_op.drop_index(batch_op.f("ix_program_inst_code"))

    op.drop_table("program")
    with op.batch_alter_table("instructor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_instructor_updated_at"))
        batch_op.drop_index(batch_op.f("ix_instructor_inst_code"))

    op.drop_table("instructor")
    with op.batch_alter_table("vocation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vocation_updated_at"))
        batch_op.drop_index(batch_op.f("ix_vocation_inst_code"))

    op.drop_table("vocation")
    with op.batch_alter_table("trainee", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trainee_updated_at"))
        batch_op.drop_index(batch_op.f("ix_trainee_regency_code"))
        batch_op.drop_index("ix_trainee_phone")
        batch_op.drop_index("ix_trainee_name_norm")
        batch_op.drop_index(batch_op.f("ix_trainee_inst_code"))
        batch_op.drop_index("ix_trainee_birth")

    op.drop_table("trainee")
    with op.batch_alter_table("institution", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_institution_updated_at"))
        batch_op.drop_index(batch_op.f("ix_institution_inst_code"))

    op.drop_table("institution")
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_export_log_at"))

    op.drop_table("export_log")
    with op.batch_alter_table("closure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closure_updated_at"))
        batch_op.drop_index(batch_op.f("ix_closure_inst_code"))
        batch_op.drop_index(batch_op.f("ix_closure_day"))

    op.drop_table("closure")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_user")
        batch_op.drop_index("ix_audit_entity")
        batch_op.drop_index("ix_audit_at")

    op.drop_table("audit_event")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_app_user_updated_at"))

    op.drop_table("app_user")
