package org.irohub.staff.web;

import java.util.Arrays;
import java.util.Map;

import org.irohub.staff.internal.Room;
import org.irohub.staff.internal.StaffNotFoundException;
import org.irohub.staff.internal.StaffValidationException;
import org.irohub.staff.internal.Venue;
import org.irohub.staff.internal.VenueKind;
import org.irohub.staff.internal.VenueService;
import org.irohub.staff.internal.VenueWithRooms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Venues and their rooms: everyone who books or chairs conferences sees them; managers keep them. */
@Controller
@RequestMapping("/staff/venues")
class VenuePages {

    private final VenueService venues;

    VenuePages(VenueService venues) {
        this.venues = venues;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", Arrays.asList(VenueKind.values()));
    }

    @GetMapping
    @PreAuthorize(StaffAccess.CAN_VIEW)
    String list(Model model, Authentication authentication) {
        model.addAttribute("venues", venues.all());
        model.addAttribute("canEdit", StaffAccess.canEdit(authentication));
        return "staff/venues";
    }

    @GetMapping("/new")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String newVenue(Model model) {
        return showNew(VenueForm.empty(), Map.of(), model);
    }

    @PostMapping
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String create(@ModelAttribute("form") VenueForm form, Model model, RedirectAttributes redirect) {
        try {
            Venue created = venues.create(form.details());
            redirect.addFlashAttribute("flash", created.getName() + " added. Add its rooms below");
            return "redirect:/staff/venues/" + created.getId();
        }
        catch (StaffValidationException e) {
            return showNew(form, e.errors(), model);
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String edit(@PathVariable long id, Model model) {
        VenueWithRooms venue = venues.get(id);
        return showEdit(venue, VenueForm.of(venue.venue()), RoomForm.empty(), Map.of(), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String update(@PathVariable long id, @ModelAttribute("form") VenueForm form, Model model,
            RedirectAttributes redirect) {
        try {
            Venue saved = venues.update(id, versionOf(form.version()), form.details());
            redirect.addFlashAttribute("flash", "Changes to " + saved.getName() + " saved");
            return "redirect:/staff/venues/" + id;
        }
        catch (StaffValidationException e) {
            return showEdit(venues.get(id), form, RoomForm.empty(), e.errors(), model);
        }
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String changeStatus(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam boolean active, Model model, RedirectAttributes redirect) {
        try {
            Venue saved = venues.changeStatus(id, versionOf(version), active);
            redirect.addFlashAttribute("flash", saved.getName() + (active ? " is in use again" : " is no longer in use"));
            return "redirect:/staff/venues/" + id;
        }
        catch (StaffValidationException e) {
            VenueWithRooms venue = venues.get(id);
            return showEdit(venue, VenueForm.of(venue.venue()), RoomForm.empty(), e.errors(), model);
        }
    }

    @PostMapping("/{id}/rooms")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String addRoom(@PathVariable long id, @ModelAttribute("roomForm") RoomForm room, Model model,
            RedirectAttributes redirect) {
        try {
            Room added = venues.addRoom(id, room.input());
            redirect.addFlashAttribute("flash", added.getName() + " added");
            return "redirect:/staff/venues/" + id + "#rooms";
        }
        catch (StaffValidationException e) {
            VenueWithRooms venue = venues.get(id);
            return showEdit(venue, VenueForm.of(venue.venue()), room, e.errors(), model);
        }
    }

    @GetMapping("/{id}/rooms/{roomId}")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String editRoom(@PathVariable long id, @PathVariable long roomId, Model model) {
        VenueWithRooms venue = venues.get(id);
        return showRoom(venue, roomOf(venue, roomId), null, Map.of(), model);
    }

    @PostMapping("/{id}/rooms/{roomId}")
    @PreAuthorize(StaffAccess.CAN_EDIT)
    String updateRoom(@PathVariable long id, @PathVariable long roomId, @ModelAttribute("roomForm") RoomForm form,
            Model model, RedirectAttributes redirect) {
        try {
            Room saved = venues.updateRoom(id, roomId, versionOf(form.version()), form.input(), form.inUse());
            redirect.addFlashAttribute("flash", "Changes to " + saved.getName() + " saved");
            return "redirect:/staff/venues/" + id + "#rooms";
        }
        catch (StaffValidationException e) {
            VenueWithRooms venue = venues.get(id);
            return showRoom(venue, roomOf(venue, roomId), form, e.errors(), model);
        }
    }

    private static Room roomOf(VenueWithRooms venue, long roomId) {
        return venue.rooms().stream().filter(r -> r.getId() == roomId).findFirst()
            .orElseThrow(() -> new StaffNotFoundException("room", roomId));
    }

    private static int versionOf(Integer version) {
        if (version == null) {
            throw new StaffValidationException("version", "The form was incomplete. Reload the page and try again");
        }
        return version;
    }

    private String showNew(VenueForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "staff/venue-new";
    }

    private String showEdit(VenueWithRooms venue, VenueForm form, RoomForm room, Map<String, String> errors,
            Model model) {
        model.addAttribute("venue", venue.venue());
        model.addAttribute("rooms", venue.rooms());
        model.addAttribute("form", form);
        model.addAttribute("roomForm", room);
        model.addAttribute("errors", errors);
        return "staff/venue-edit";
    }

    private String showRoom(VenueWithRooms venue, Room room, RoomForm form, Map<String, String> errors, Model model) {
        model.addAttribute("venue", venue.venue());
        model.addAttribute("room", room);
        model.addAttribute("roomForm", form == null ? RoomForm.of(room) : form);
        model.addAttribute("errors", errors);
        return "staff/room-edit";
    }
}
