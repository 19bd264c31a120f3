-- Sign-in attempts in the current window per key: a user from one address, an address, or a
-- user from addresses it has never signed in from. An attempt takes a slot before its password
-- is checked (a conditional update, so parallel guesses cannot overshoot); a success gives it back.
create table login_throttle (
    throttle_key  varchar(200) not null primary key,
    attempts      int not null,
    window_start  timestamp with time zone not null
);
create index login_throttle_window on login_throttle (window_start);

-- Where each user has signed in successfully: its usual addresses, which attempts from other
-- addresses cannot block.
create table login_address (
    username         varchar(64) not null,
    address          varchar(64) not null,
    last_success_at  timestamp with time zone not null,
    primary key (username, address)
);
