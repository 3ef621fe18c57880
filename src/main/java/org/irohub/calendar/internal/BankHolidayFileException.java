package org.irohub.calendar.internal;

/** A bank-holiday file that cannot be used, with a message an administrator can act on. */
public class BankHolidayFileException extends RuntimeException {

    public BankHolidayFileException(String message) {
        super(message);
    }
}
