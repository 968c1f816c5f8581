from enum import StrEnum


class MessageType(StrEnum):
    MARKETING = "marketing"
    NOTIFICATION = "notification"

    def __str__(self) -> str:
        return str(self.value)
