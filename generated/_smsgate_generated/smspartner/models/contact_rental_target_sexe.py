from enum import StrEnum


class ContactRentalTargetSexe(StrEnum):
    F = "f"
    H = "h"
    M = "m"

    def __str__(self) -> str:
        return str(self.value)
