package app.sorriso.professionals;

/**
 * General practice plus the dental specialties recognised by the Conselho Federal de Odontologia (CFO). The names
 * are stored; what people read comes from the bundles ({@code specialty.<NAME>}).
 */
public enum Specialty {
    GENERAL_PRACTICE,
    ORTHODONTICS,
    ENDODONTICS,
    PERIODONTICS,
    IMPLANT_DENTISTRY,
    PEDIATRIC_DENTISTRY,
    PROSTHODONTICS,
    ORAL_MAXILLOFACIAL_SURGERY,
    RESTORATIVE_DENTISTRY,
    DENTAL_RADIOLOGY,
    ORAL_MEDICINE,
    ORAL_PATHOLOGY,
    MAXILLOFACIAL_PROSTHETICS,
    FUNCTIONAL_JAW_ORTHOPEDICS,
    OROFACIAL_PAIN,
    OROFACIAL_HARMONIZATION,
    SPECIAL_NEEDS_DENTISTRY,
    GERIATRIC_DENTISTRY,
    HOSPITAL_DENTISTRY,
    SPORTS_DENTISTRY,
    FORENSIC_DENTISTRY,
    OCCUPATIONAL_DENTISTRY,
    PUBLIC_HEALTH_DENTISTRY,
    ACUPUNCTURE,
    HOMEOPATHY;

    public String messageKey() {
        return "specialty." + name();
    }
}
