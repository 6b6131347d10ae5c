// Mentions <-> JSON for the update state.
#include "frontline/update/mention_json.hpp"

#include "frontline/error.hpp"
#include "frontline/output/mention_record.hpp"
#include "frontline/time.hpp"

namespace frontline::update {

namespace {

using nlohmann::json;

// The record's fields come from mention_record.hpp; the state also keeps
// what the layer does not show but the events need: the point, the byte
// span and the boilerplate flag.
template <class T>
std::optional<T> get(const json& j, const char* key, bool (json::*is)() const noexcept, const char* what) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    if (!((*it).*is)()) throw Error(std::string("state: mention field '") + key + "' is not " + what);
    return it->get<T>();
}

}  // namespace

json mention_to_json(const Mention& m) {
    json j = record_json(m, false);
    j["byte_start"] = m.byte_start;
    j["byte_end"] = m.byte_end;
    j["resolution_score"] = m.resolution_score;  // kept for unresolved mentions too
    if (m.lat) j["lat"] = *m.lat;
    if (m.lon) j["lon"] = *m.lon;
    if (m.boilerplate) j["boilerplate"] = true;
    return j;
}

Mention mention_from_json(const json& j) {
    if (!j.is_object()) throw Error("state: a stored mention is not a JSON object");
    Mention m;
    try {
        read_record_json(j, m);
    } catch (const Error& e) {
        throw Error(std::string("state: ") + e.what());
    }
    m.byte_start = static_cast<std::size_t>(get<std::int64_t>(j, "byte_start", &json::is_number_integer, "an integer").value_or(0));
    m.byte_end = static_cast<std::size_t>(get<std::int64_t>(j, "byte_end", &json::is_number_integer, "an integer").value_or(0));
    m.lat = get<double>(j, "lat", &json::is_number, "a number");
    m.lon = get<double>(j, "lon", &json::is_number, "a number");
    if (auto it = j.find("boilerplate"); it != j.end() && it->is_boolean()) m.boilerplate = it->get<bool>();
    return m;
}

std::string mentions_to_json(const std::vector<Mention>& mentions) {
    json a = json::array();
    for (const auto& m : mentions) a.push_back(mention_to_json(m));
    return a.dump(-1, ' ', false, json::error_handler_t::replace);
}

namespace {

// mentions_from_json() without a document tree: a run that changes a few
// documents of a large state reads every stored mention (to aggregate events
// and places), and building nlohmann's tree of maps for each was most of
// its time. The values are the ones mention_from_json() reads: record
// fields by mention_fields() (field_value_from_json's types), then the
// state's own fields; unknown keys are skipped, the last of repeated keys
// wins.
class MentionsReader final : public nlohmann::json_sax<json> {
public:
    std::vector<Mention> out;

    bool null() override { return scalar(std::monostate{}); }
    bool boolean(bool v) override {
        if (depth_ == 2 && key_ == extra_boilerplate) out.back().boilerplate = v;
        else if (depth_ == 2 && field_) wrong();
        return check_top();
    }
    bool number_integer(number_integer_t v) override { return integer(static_cast<std::int64_t>(v)); }
    bool number_unsigned(number_unsigned_t v) override { return integer(static_cast<std::int64_t>(v)); }
    bool number_float(number_float_t v, const string_t&) override {
        if (depth_ != 2) return check_top();
        if (field_) {
            if (field_->type != FieldType::real) wrong();
            return set(v);
        }
        if (key_ == extra_lat) out.back().lat = v;
        else if (key_ == extra_lon) out.back().lon = v;
        else if (key_ == extra_byte_start || key_ == extra_byte_end) wrong_extra();
        return true;
    }
    bool string(string_t& v) override {
        if (depth_ != 2) return check_top();
        if (!field_) {
            if (key_ != extra_none && key_ != extra_boilerplate) wrong_extra();
            return true;
        }
        switch (field_->type) {
            case FieldType::string: return set(std::move(v));
            case FieldType::date:
            case FieldType::datetime: {
                const auto t = parse_iso_timestamp(v);
                if (!t) wrong();
                if (field_->type == FieldType::date) return set(Date{std::chrono::floor<std::chrono::days>(*t)});
                return set(*t);
            }
            default: wrong();
        }
        return true;
    }
    bool binary(binary_t&) override {
        if (depth_ == 2 && (field_ || key_ != extra_none)) wrong();
        return check_top();
    }
    bool start_object(std::size_t) override {
        if (depth_ == 0) throw Error("state: stored mentions are not a JSON array");
        if (depth_ == 1) out.emplace_back();
        else if (depth_ == 2 && (field_ || key_ != extra_none)) wrong();
        ++depth_;
        return true;
    }
    bool key(string_t& k) override {
        if (depth_ != 2) return true;
        field_ = nullptr;
        key_ = extra_none;
        for (const MentionField& f : mention_fields())
            if (f.name == k) {
                field_ = &f;
                return true;
            }
        if (k == "byte_start") key_ = extra_byte_start;
        else if (k == "byte_end") key_ = extra_byte_end;
        else if (k == "lat") key_ = extra_lat;
        else if (k == "lon") key_ = extra_lon;
        else if (k == "boilerplate") key_ = extra_boilerplate;
        return true;
    }
    bool end_object() override {
        --depth_;
        if (depth_ == 2) field_ = nullptr, key_ = extra_none;  // a nested value ended
        return true;
    }
    bool start_array(std::size_t) override {
        if (depth_ == 1) throw Error("state: a stored mention is not a JSON object");
        if (depth_ == 2 && (field_ || key_ != extra_none)) wrong();
        ++depth_;
        return true;
    }
    bool end_array() override {
        --depth_;
        if (depth_ == 2) field_ = nullptr, key_ = extra_none;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        throw Error("state: stored mentions are not a JSON array");
    }

private:
    enum Extra { extra_none, extra_byte_start, extra_byte_end, extra_lat, extra_lon, extra_boilerplate };
    int depth_ = 0;
    const MentionField* field_ = nullptr;
    Extra key_ = extra_none;

    const char* extra_name() const {
        switch (key_) {
            case extra_byte_start: return "byte_start";
            case extra_byte_end: return "byte_end";
            case extra_lat: return "lat";
            case extra_lon: return "lon";
            default: return "boilerplate";
        }
    }
    [[noreturn]] void wrong_extra() const {
        const bool integral = key_ == extra_byte_start || key_ == extra_byte_end;
        throw Error(std::string("state: mention field '") + extra_name() + "' is not " + (integral ? "an integer" : "a number"));
    }
    bool check_top() const {
        if (depth_ == 0) throw Error("state: stored mentions are not a JSON array");
        if (depth_ == 1) throw Error("state: a stored mention is not a JSON object");
        return true;
    }
    [[noreturn]] void wrong() const {
        const char* what = "a string";
        switch (field_ ? field_->type : FieldType::string) {
            case FieldType::string: what = "a string"; break;
            case FieldType::integer:
            case FieldType::integer64: what = "an integer"; break;
            case FieldType::real: what = "a number"; break;
            case FieldType::date: what = "a date"; break;
            case FieldType::datetime: what = "a timestamp"; break;
        }
        throw Error(std::string("state: mention field '") + std::string(field_ ? field_->name : extra_name()) + "' is not " + what);
    }
    bool set(FieldValue v) {
        try {
            field_->set(out.back(), v);
        } catch (const Error& e) {
            throw Error(std::string("state: mention field '") + std::string(field_->name) + "': " + e.what());
        }
        return true;
    }
    bool scalar(FieldValue v) {
        if (depth_ != 2) return check_top();
        if (field_) return set(std::move(v));
        Mention& m = out.back();
        if (key_ == extra_byte_start) m.byte_start = 0;
        else if (key_ == extra_byte_end) m.byte_end = 0;
        else if (key_ == extra_lat) m.lat.reset();
        else if (key_ == extra_lon) m.lon.reset();
        return true;
    }
    bool integer(std::int64_t v) {
        if (depth_ != 2) return check_top();
        if (field_) {
            if (field_->type == FieldType::real) return set(static_cast<double>(v));
            if (field_->type != FieldType::integer && field_->type != FieldType::integer64) wrong();
            return set(v);
        }
        Mention& m = out.back();
        if (key_ == extra_byte_start) m.byte_start = static_cast<std::size_t>(v);
        else if (key_ == extra_byte_end) m.byte_end = static_cast<std::size_t>(v);
        else if (key_ == extra_lat) m.lat = static_cast<double>(v);
        else if (key_ == extra_lon) m.lon = static_cast<double>(v);
        return true;
    }
};

}  // namespace

std::vector<Mention> mentions_from_json(std::string_view text) {
    MentionsReader reader;
    bool ok = false;
    try {
        ok = json::sax_parse(text.begin(), text.end(), &reader);
    } catch (const json::exception&) {
        ok = false;
    }
    if (!ok) throw Error("state: stored mentions are not a JSON array");
    return std::move(reader.out);
}

}  // namespace frontline::update
