from enum import StrEnum


class ContactRentalRequestOp(StrEnum):
    CALCUL = "calcul"
    PRICE = "price"
    RENT = "rent"

    def __str__(self) -> str:
        return str(self.value)
