//! Common given names that tell a person's sex, so that `she said` is not
//! given to a man named just before. A name not listed tells nothing.

/// Given names borne mostly by women.
#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "abena", "abigail", "ada", "adaeze", "agnes", "aisha", "alice", "alicia", "alison", "amanda",
    "amara", "amelia", "amina", "amy", "ana", "andrea", "angela", "anita", "ann", "anna", "anne",
    "annika", "anya", "ayesha", "barbara", "beatriz", "bella", "beth", "brenda", "bridget",
    "camila", "carla", "carmen", "carol", "caroline", "catherine", "charlotte", "chloe",
    "christine", "claire", "clara", "claudia", "daniela", "deborah", "denise", "diana", "eleanor",
    "elena", "elif", "elizabeth", "ellen", "emily", "emma", "erin", "eva", "fatima", "fiona",
    "francesca", "gabriela", "grace", "hannah", "harriet", "heather", "helen", "helena", "hilary",
    "ines", "ingrid", "irene", "isabel", "isabella", "jane", "janet", "jennifer", "jessica", "joan",
    "joanna", "josephine", "judith", "julia", "julie", "karen", "kate", "katherine", "kathleen",
    "katie", "laura", "leila", "lena", "leona", "linda", "lisa", "lucia", "lucy", "margaret",
    "margarita", "marguerite", "maria", "marie", "marta", "mary", "maya", "megan", "melissa",
    "michelle", "mira", "miriam", "monica", "nadia", "nancy", "natalia", "natasha", "nicola",
    "nina", "nora", "olga", "olivia", "patricia", "paula", "pauline", "priya", "rachel", "rebecca",
    "rosa", "rose", "ruth", "sally", "samantha", "sandra", "sara", "sarah", "sofia", "sophie",
    "susan", "tamara", "teresa", "valerie", "vanessa", "victoria", "wendy", "yasmin", "yuki",
    "zainab", "zoe",
];

/// Given names borne mostly by men.
#[rustfmt::skip]
const MALE: &[&str] = &[
    "abbas", "adam", "adrian", "ahmed", "alan", "alexander", "ali", "andrew", "anthony", "antonio",
    "arjun", "arthur", "ben", "benjamin", "bernard", "boris", "brian", "carl", "carlos", "charles",
    "chris", "christopher", "colin", "connor", "dale", "daniel", "david", "dennis", "derek",
    "diego", "dmitri", "donald", "douglas", "edward", "emmanuel", "eric", "felix", "francis",
    "frank", "gareth", "gary", "george", "gerald", "graham", "gregory", "hans", "harry", "hassan",
    "henry", "hossein", "hugo", "ian", "ibrahim", "ivan", "jack", "jacob", "james", "jason",
    "javier", "jeffrey", "john", "jonathan", "jorge", "jose", "joseph", "juan", "julian", "karl",
    "keith", "kenneth", "kevin", "lars", "lee", "leonard", "liam", "louis", "lucas", "luis",
    "marco", "mark", "martin", "masoud", "matthew", "michael", "miguel", "mohammed", "muhammad",
    "nathan", "neil", "nicholas", "nigel", "oliver", "omar", "oscar", "owen", "patrick", "paul",
    "pedro", "peter", "philip", "pieter", "rajesh", "ramon", "raymond", "richard", "robert",
    "roger", "samuel", "scott", "sean", "sergei", "simon", "stefan", "stephen", "steve", "steven",
    "thomas", "timothy", "tobias", "tom", "tomas", "tony", "victor", "vladimir", "walter",
    "william", "yusuf",
];

/// Whether a person's name shows they are a woman (`Some(true)`) or a man
/// (`Some(false)`), by its first word.
pub fn sex_of(name: &str) -> Option<bool> {
    let first = name.split_whitespace().next()?.to_lowercase();
    if FEMALE.binary_search(&first.as_str()).is_ok() {
        Some(true)
    } else if MALE.binary_search(&first.as_str()).is_ok() {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_apart() {
        for list in [FEMALE, MALE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert!(FEMALE.iter().all(|f| MALE.binary_search(f).is_err()));
    }

    #[test]
    fn first_names_tell() {
        assert_eq!(sex_of("Ruth Vandermeer"), Some(true));
        assert_eq!(sex_of("Pieter Vandermeer"), Some(false));
        assert_eq!(sex_of("Gulf Longshore Workers Union"), None);
    }
}
